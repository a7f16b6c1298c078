import inspect

import piguard.errors as errors


def test_one_root():
    classes = [c for _, c in inspect.getmembers(errors, inspect.isclass) if c.__module__ == errors.__name__]
    assert classes
    for cls in classes:
        assert issubclass(cls, errors.PiguardError), cls


def test_all_is_sorted_and_complete():
    names = {n for n, c in inspect.getmembers(errors, inspect.isclass) if c.__module__ == errors.__name__}
    assert errors.__all__ == sorted(errors.__all__)
    assert set(errors.__all__) == names
