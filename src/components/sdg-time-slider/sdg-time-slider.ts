import { SdgTimeSlider } from './sdg-time-slider.component.js';

export { SdgTimeSlider };
export default SdgTimeSlider;

if (!customElements.get('sdg-time-slider')) customElements.define('sdg-time-slider', SdgTimeSlider);

declare global {
  interface HTMLElementTagNameMap {
    'sdg-time-slider': SdgTimeSlider;
  }
}
