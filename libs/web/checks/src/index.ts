import './checks.css';

export { AssessmentResultsPage } from './results-page';
export { AssessmentWizardPage } from './assessment-wizard-page';
export { ChecksOverviewPage } from './checks-overview-page';
export { RatingGroup, type RatingGroupProps } from './rating-group';
