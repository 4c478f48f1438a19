"""Tests of the progress store (tests/domain/progress/, one file a module)."""
