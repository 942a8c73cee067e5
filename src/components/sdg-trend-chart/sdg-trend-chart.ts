import { SdgTrendChart } from './sdg-trend-chart.component.js';

export { SdgTrendChart };
export default SdgTrendChart;

if (!customElements.get('sdg-trend-chart')) customElements.define('sdg-trend-chart', SdgTrendChart);

declare global {
  interface HTMLElementTagNameMap {
    'sdg-trend-chart': SdgTrendChart;
  }
}
