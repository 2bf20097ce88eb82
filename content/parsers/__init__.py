"""One parser per document kind; each exposes ``SOURCE`` (file name) and ``parse(sources_dir)``."""
