#!/usr/bin/env python3
"""Score extractor outputs with trafilatura's own eval_common.py.

Usage: trafeval_counts.py TRAFILATURA_EVAL_DIR OUTPUTS.json > counts.json

OUTPUTS.json maps each evaldata.json key to the extracted text, or null for a
failed extraction. The counts come from eval_common.count_item and
ConfusionMatrix unchanged; trafilatura itself is not needed to score, so a
stand-in module satisfies eval_common's import. Herald's Go scorer is checked
against this script's output (see trafeval_score_test.go).
"""
import json
import sys
import types

evaldir, outputs_path = sys.argv[1], sys.argv[2]
stub = types.ModuleType("trafilatura")
stub.extract = lambda *args, **kwargs: None  # never called: scoring only
sys.modules["trafilatura"] = stub
sys.path.insert(0, evaldir)
import eval_common  # noqa: E402

evaldata = eval_common.load_evaldata(evaldir)
eval_common.validate(evaldata)
with open(outputs_path, encoding="utf-8") as f:
    outputs = json.load(f)
if set(outputs) != set(evaldata):
    sys.exit("outputs keys differ from evaldata keys")

matrix = eval_common.ConfusionMatrix()
docs = {}
for key, item in evaldata.items():
    counts = eval_common.count_item(item, outputs[key])
    docs[key] = list(counts)
    matrix.add(counts)
precision, recall, accuracy, f1 = matrix.scores()
json.dump(
    {
        "total": [matrix.tp, matrix.fp, matrix.fn, matrix.tn],
        "scores": {"precision": precision, "recall": recall, "accuracy": accuracy, "f1": f1},
        "docs": docs,
    },
    sys.stdout,
    indent=None,
    sort_keys=True,
    ensure_ascii=False,
)
print()
