"""Use cases shared by the app and the command; plain frozen data in and out, no Qt."""
