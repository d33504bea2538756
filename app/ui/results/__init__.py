"""The Results page: a project's framework and indicators, knowledge test scores, the
follow-up list, and the regions at a glance (docs/results.md)."""
