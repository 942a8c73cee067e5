import { SdgBarChart } from './sdg-bar-chart.component.js';

export { SdgBarChart };
export default SdgBarChart;

if (!customElements.get('sdg-bar-chart')) customElements.define('sdg-bar-chart', SdgBarChart);

declare global {
  interface HTMLElementTagNameMap {
    'sdg-bar-chart': SdgBarChart;
  }
}
