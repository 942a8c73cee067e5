import { SdgValue } from './sdg-value.component.js';

export { SdgValue };
export default SdgValue;

if (!customElements.get('sdg-value')) customElements.define('sdg-value', SdgValue);

declare global {
  interface HTMLElementTagNameMap {
    'sdg-value': SdgValue;
  }
}
