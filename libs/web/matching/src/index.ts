import './matching.css';

export {
  MatchList,
  MatchPanel,
  type FocusMatch,
  type MatchOnMap,
  type ShowMatchesOnMap,
} from './match-list';
export { MatchCardFactors } from './match-card-factors';
export { explainMatch, type Explanation, type Reason } from './explain-match';
