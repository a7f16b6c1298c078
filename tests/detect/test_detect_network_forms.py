"""Networks in CIDR notation, IPv6 zones and bare domain names are found whole."""

from __future__ import annotations

import pytest

import piguard


def spans(text: str, kind: str) -> list[str]:
    return [text[f.start:f.end] for f in piguard.detect(text) if f.entity_type == kind]


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Subnet: 192.168.1.0/24", "IP", ["192.168.1.0/24"]),
    ("Route is 10.0.0.0/8.", "IP", ["10.0.0.0/8"]),
    ("prefix 2001:db8::/32 and fe80::1%eth0", "IP", ["2001:db8::/32", "fe80::1%eth0"]),
    ("default ::/0 but not the bare ::", "IP", ["::/0"]),
    ("bad mask 192.168.1.0/33", "IP", ["192.168.1.0"]),  # the address, not the mask
    ("my domains: microsoft.com google.co.il", "URL", ["microsoft.com", "google.co.il"]),
    ("官网www.example.com.cn/about", "URL", ["www.example.com.cn/about"]),
    ("读取config.py和readme.md", "URL", []),
    ("see MANIFEST.in and requirements.in", "URL", []),
    ("邮箱zhang@163.com", "URL", []),
    ("版本1.2.3发布", "URL", []),
])  # fmt: skip
def test_network_forms(text, kind, expected):
    assert spans(text, kind) == expected


def test_domain_inside_an_email_stays_an_email():
    assert spans("邮箱zhang@163.com", "EMAIL") == ["zhang@163.com"]
