"""aseankg: a knowledge graph of ASEAN's external relations from Thai and English press releases.

The public API is small: :func:`kg.pipeline.extract` (what a release says, without a store),
:func:`kg.pipeline.load` (extract, build, validate, store) and :class:`kg.store.Store`.
"""

__version__ = "0.1.0"
