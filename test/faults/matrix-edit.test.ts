/** Fault matrix (issue 6), the `edit` mutations: 6 faults × 3 batch positions × once/persistent. */
import { describeMatrix } from './matrix-run.js';

describeMatrix('edit');
