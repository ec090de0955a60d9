// Placed first on rrsis_core's include path: every Qt Widgets header includes this one, so
// a Widgets include anywhere in core stops the build here (DESIGN.md: core never uses Widgets).
#error "rrsis_core must not include Qt Widgets headers; move widget code to ui/"
