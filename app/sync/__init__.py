"""Sync by exported files: bundles, merge, trust. No Qt."""
