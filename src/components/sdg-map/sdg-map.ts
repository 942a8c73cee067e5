import { SdgMap } from './sdg-map.component.js';

export { SdgMap };
export default SdgMap;

if (!customElements.get('sdg-map')) customElements.define('sdg-map', SdgMap);

declare global {
  interface HTMLElementTagNameMap {
    'sdg-map': SdgMap;
  }
}
