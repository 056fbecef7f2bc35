// Entry of a page's view frame (/__mpsim/view.html): the view runtime, waiting for its bundle.

import { startViewFrame } from '../../runtime/view/frame.ts'

startViewFrame()
