"""Renderers: each turns results into one output format, never re-deriving facts."""
