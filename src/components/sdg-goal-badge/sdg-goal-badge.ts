import { SdgGoalBadge } from './sdg-goal-badge.component.js';

export { SdgGoalBadge };
export default SdgGoalBadge;

if (!customElements.get('sdg-goal-badge')) customElements.define('sdg-goal-badge', SdgGoalBadge);

declare global {
  interface HTMLElementTagNameMap {
    'sdg-goal-badge': SdgGoalBadge;
  }
}
