"""Sync by exported files: bundles, merge, trust. No Qt.

- bundle.py:   the file format (signed, checksummed, optionally encrypted)
- merge.py:    applying ops (a row's state: app/core/rowmerge.py, rules: app/core/rules.py)
- exchange.py: export, import, trust, retire, the shared folder
- waiting.py:  ops and rows that wait for what they depend on (nothing stalls)
- state.py:    vectors, peers, the state digest
- review.py:   conflicts for review, the audit trail
"""
