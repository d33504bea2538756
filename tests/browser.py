"""A tiny W3C WebDriver client for Debian's chromium + chromedriver (no selenium needed).

Only loopback traffic: chromedriver listens on 127.0.0.1, and the browser is started with
background networking, sync and component updates off, in a fresh profile folder.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver")
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def available() -> bool:
    return CHROMEDRIVER is not None and Path(CHROMIUM).exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Browser:
    def __init__(self, profile: Path, width: int = 390, height: int = 844) -> None:
        assert CHROMEDRIVER is not None
        self.port = _free_port()
        self.driver = subprocess.Popen(
            [CHROMEDRIVER, f"--port={self.port}", "--allowed-ips=127.0.0.1"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                self._call("GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
        ]
        options: dict[str, Any] = {"binary": CHROMIUM, "args": args}
        if width < 500:  # narrower than a headless window gets: emulate the phone's screen
            metrics = {"width": width, "height": height, "pixelRatio": 1.0}
            options["mobileEmulation"] = {"deviceMetrics": metrics}
        caps = {"alwaysMatch": {"goog:chromeOptions": options}}
        self.session = self._call("POST", "/session", {"capabilities": caps})["sessionId"]

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(req, timeout=60) as resp:
            return json.loads(resp.read() or b"{}").get("value")

    def _s(self, method: str, path: str, body: Any = None) -> Any:
        return self._call(method, f"/session/{self.session}{path}", body)

    def go(self, url: str) -> None:
        self._s("POST", "/url", {"url": url})

    def find(self, css: str) -> str:
        return str(self._s("POST", "/element", {"using": "css selector", "value": css})[ELEMENT])

    def type(self, css: str, text: str) -> None:
        self._s("POST", f"/element/{self.find(css)}/value", {"text": text})

    def click(self, css: str) -> None:
        self._s("POST", f"/element/{self.find(css)}/click", {})

    def select(self, name: str, value: str) -> None:
        self.click(f'select[name="{name}"] option[value="{value}"]')

    def fill(self, values: dict[str, str], checked: list[str]) -> None:
        """Set the fields (`values`: css -> value; selects take their option's value) and
        tick the boxes and radio buttons in `checked`, in one script instead of a request
        per key and click (about 20 WebDriver round trips of ~50 ms for a form)."""
        script = """
            const [values, checked] = arguments;
            for (const [css, value] of Object.entries(values)) {
                const field = document.querySelector(css);
                if (!field) throw new Error("no field " + css);
                field.value = value;
            }
            for (const css of checked) {
                const box = document.querySelector(css);
                if (!box) throw new Error("no box " + css);
                box.checked = true;
            }
        """
        self._s("POST", "/execute/sync", {"script": script, "args": [values, checked]})

    def text(self) -> str:
        return str(
            self._s(
                "POST", "/execute/sync", {"script": "return document.body.innerText", "args": []}
            )
        )

    def path(self) -> str:
        script = {"script": "return location.pathname", "args": []}
        return str(self._s("POST", "/execute/sync", script))

    def text_after_sending(self, timeout: float = 15.0) -> str:
        """The page's text once the form's answer has loaded (a click may return first)."""
        end = time.monotonic() + timeout
        while self.path() != "/register" and time.monotonic() < end:
            time.sleep(0.05)
        return self.text()

    def screenshot(self, path: Path) -> None:
        import base64

        path.write_bytes(base64.b64decode(self._s("GET", "/screenshot")))

    def quit(self) -> None:
        try:
            self._call("DELETE", f"/session/{self.session}")
        finally:
            self.driver.terminate()
            self.driver.wait(10)
