// Placed first on core's include path: core knows no screen (docs/ARCHITECTURE.md).
#error "core/ must not include GUI headers (Qt Gui, Widgets or Charts); move this code to ui/"
