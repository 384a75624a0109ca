"""``python -m warlog ...``: the same as the ``warlog`` command."""

from .cli import main

main(prog_name="warlog")
