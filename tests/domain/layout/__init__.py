"""Tests of the lane layout (tests/domain/layout/, one file a module)."""
