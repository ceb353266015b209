#!/usr/bin/env python3
"""Regenerates the AWS service model shipped in the HTTP adapter.

Usage: strip-model.py <path to botocore's cognito-idp service-2.json>

Writes src/main/resources/dev/cognitoes/http/model/service-2.json with every "documentation" entry removed
(keys kept in their original order, compact separators) and copies botocore's LICENSE and NOTICE files beside
it. The test ShippedModelTest fails when the shipped copy and the stripped source drift apart.
"""
import json
import pathlib
import shutil
import sys


def strip(node):
    if isinstance(node, dict):
        return {key: strip(value) for key, value in node.items() if key != "documentation"}
    if isinstance(node, list):
        return [strip(item) for item in node]
    return node


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    source = pathlib.Path(sys.argv[1])
    target = pathlib.Path(__file__).resolve().parent.parent / "resources" / "dev" / "cognitoes" / "http" / "model"
    target.mkdir(parents=True, exist_ok=True)
    model = json.loads(source.read_text(encoding="utf-8"))
    (target / "service-2.json").write_text(
        json.dumps(strip(model), separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    for name in ("LICENSE-botocore.txt", "NOTICE-botocore.txt"):
        shutil.copyfile(source.parent / name, target / name)


if __name__ == "__main__":
    main()
