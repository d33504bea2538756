"""The `tirek` command line. No Qt here: `tirek gui` imports the UI only when asked."""
