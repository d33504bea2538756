"""Dialogs for printed documents: certificates, sign-in sheets, minutes, verification.

Standalone: the training, session and meeting screens open them with their id.
"""
