import { SdgDashboard } from './sdg-dashboard.component.js';

export { SdgDashboard };
export default SdgDashboard;

if (!customElements.get('sdg-dashboard')) customElements.define('sdg-dashboard', SdgDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'sdg-dashboard': SdgDashboard;
  }
}
