import './matching.css';

export { MatchList, MatchPanel, type FocusMatch } from './match-list';
export { explainMatch, type Explanation, type Reason } from './explain-match';
