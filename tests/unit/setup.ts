/** Unit-test setup: the tracer the app loads on demand is installed up front, so stores trace synchronously. */
import { simulate } from '../../src/sim';
import { installTracer } from '../../src/store/tracer';

installTracer(simulate);
