/** Entry of the task pane (webpack entry "taskpane"): see start.tsx for what it shows when. */
import { start } from './start';

void start();
