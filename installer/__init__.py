"""Packaging: the build plan build.spec follows, the installers' scripts and the frozen app's runtime hook."""
