// Testing Library in the DOM projects: `findBy…` and `waitFor` wait up to 5 s instead of 1 s.
// Pages load their feature chunks (and Leaflet) lazily; on a busy CI machine that first import
// alone can take longer than a second, which made specs fail that were not wrong.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 5_000 });
