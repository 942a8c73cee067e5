import { SdgSparkline } from './sdg-sparkline.component.js';

export { SdgSparkline };
export default SdgSparkline;

if (!customElements.get('sdg-sparkline')) customElements.define('sdg-sparkline', SdgSparkline);

declare global {
  interface HTMLElementTagNameMap {
    'sdg-sparkline': SdgSparkline;
  }
}
