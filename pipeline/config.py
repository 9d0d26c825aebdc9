"""Run settings from a TOML file (`dutyflow.toml` in the working folder, or `--config`).

    [dedupe]
    jaccard = 0.3      # near-duplicate threshold (estimated Jaccard of token shingles)
    shingle = 2        # tokens per shingle
    num_perm = 128     # MinHash permutations

A missing default file means defaults; a named file that is missing or malformed is an error
the user sees at once, not a silently ignored typo.
"""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

DEFAULT_FILE = "dutyflow.toml"


class ConfigError(ValueError):
    pass


def load_config(path: str | Path | None = None) -> dict[str, Any]:
    if path is None:
        candidate = Path(DEFAULT_FILE)
        if not candidate.is_file():
            return {}
        path = candidate
    path = Path(path)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"config file not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
