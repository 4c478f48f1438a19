"""egov-timeline: learn how Korea built its e-government, offline."""

__version__ = "0.1.0"
