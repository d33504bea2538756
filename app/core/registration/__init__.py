"""Self-registration at the venue: a small web form served from the trainer's laptop.

`form` holds the page's words (Kyrgyz, Russian, English), draws the HTML and checks what
a phone sent; `server` listens on the laptop's network only while the trainer keeps
registration open. Both are Qt-free; the window starts and stops the server through the
one runner. What a phone sends lands in `registration_pending` (app/core/services/
registration.py) and reaches the registry only when the trainer confirms it.
"""
