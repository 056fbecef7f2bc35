// Four scenarios that make a page stutter when logic shares the view's thread, and do not (or
// much less) when logic has its own thread: see docs/measurement.md, "The jank experiment".

App({})
