"""jieba tokens for the `tokens` column, with the project's small domain dictionary.

jieba is initialised once, lazily and quietly (its default logger prints to stderr); only
`jieba.lcut` runs on the hot path (posseg is far too slow for whole corpora).
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

DICT = Path(__file__).with_name("data") / "user_dict.txt"
_lock = threading.Lock()
_tokenizer = None


def _get():
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                if DICT.exists():
                    tok.load_userdict(str(DICT))
                _tokenizer = tok
    return _tokenizer


def tokenize(text: str) -> list[str]:
    """Words of `text` without whitespace tokens."""
    if not text:
        return []
    return [w for w in _get().lcut(text) if w.strip()]
