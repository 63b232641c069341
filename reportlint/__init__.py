"""reportlint: consistency checks for Chinese budget performance evaluation reports."""

__version__ = "0.1.0"
