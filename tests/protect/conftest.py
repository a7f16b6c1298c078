import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from protect_helpers import provider


@pytest.fixture
def keys():
    return provider()
