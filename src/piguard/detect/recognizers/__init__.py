"""Recognizers, grouped by domain; :mod:`piguard.detect.registry` collects them."""
