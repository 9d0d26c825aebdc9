"""Text in, text out: encodings, mojibake, pinyin, script, punctuation, noise."""
from normalize.mojibake import repair_mojibake

__all__ = ["repair_mojibake"]
