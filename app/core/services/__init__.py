"""Use cases shared by the GUI and the CLI. Each takes the `Store` first.

Writers validate first (raising `InputError` naming the field) and only then open a
unit of work, so bad input never writes anything. Readers return frozen dataclasses,
never ORM objects, so nothing from a session leaks into a widget or another thread.
"""
