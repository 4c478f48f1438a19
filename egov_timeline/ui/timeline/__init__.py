"""The zoomable timeline: painter (shared by the window and `render`), view, overview."""
