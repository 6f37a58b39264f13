/**
 * A small multinomial logistic regression: enough to weigh a score of hand-made comparison features.
 * Trained by eval/fit-consistency.ts; the weights are committed (src/ledger/compare-weights.json).
 */
export interface SoftmaxModel {
  classes: string[];
  features: string[];
  mean: number[];
  std: number[];
  /** One row per class, one weight per feature. */
  weights: number[][];
  /** Added to the class scores at decision time (tuned for macro-F1, which favours the small classes). */
  offsets: number[];
}

export interface TrainOptions {
  l2?: number;
  epochs?: number;
  learningRate?: number;
  /** Weigh classes inversely to their frequency. */
  balanced?: boolean;
}

function standardise(rows: number[][]): { mean: number[]; std: number[] } {
  const width = rows[0]?.length ?? 0;
  const mean = new Array<number>(width).fill(0);
  const std = new Array<number>(width).fill(0);
  for (const row of rows) row.forEach((value, index) => (mean[index] += value / rows.length));
  for (const row of rows)
    row.forEach((value, index) => (std[index] += (value - mean[index]) ** 2 / rows.length));
  return {
    // The bias column (constant 1) keeps mean 0 and std 1 so it stays a bias.
    mean: mean.map((value, index) => (std[index] < 1e-12 ? 0 : value)),
    std: std.map((value) => (value < 1e-12 ? 1 : Math.sqrt(value))),
  };
}

export function scores(model: Pick<SoftmaxModel, 'mean' | 'std' | 'weights'>, features: number[]): number[] {
  const x = features.map((value, index) => (value - model.mean[index]) / model.std[index]);
  const logits = model.weights.map((row) => row.reduce((sum, weight, index) => sum + weight * x[index], 0));
  const top = Math.max(...logits);
  const exps = logits.map((value) => Math.exp(value - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/** The class index chosen: highest probability after the decision offsets. */
export function decide(model: SoftmaxModel, probabilities: number[]): number {
  let best = 0;
  probabilities.forEach((value, index) => {
    if (value + model.offsets[index] > probabilities[best] + model.offsets[best]) best = index;
  });
  return best;
}

/**
 * How sure the decision is: the chosen class's share of the offset-shifted probabilities (negative ones
 * counted as 0). The decision picks the largest shifted value, so this is at least 1 / classes, where the
 * raw probability of a class the offsets favoured could read as low as 0.17.
 */
export function decisionConfidence(model: SoftmaxModel, probabilities: number[], chosen: number): number {
  const shifted = probabilities.map((value, index) => Math.max(0, value + model.offsets[index]));
  const total = shifted.reduce((sum, value) => sum + value, 0);
  return total > 0 ? shifted[chosen] / total : 1 / probabilities.length;
}

export function trainSoftmax(
  rows: number[][],
  labels: number[],
  meta: { classes: string[]; features: string[] },
  options: TrainOptions = {},
): SoftmaxModel {
  const { l2 = 0.01, epochs = 400, learningRate = 0.3, balanced = true } = options;
  const classCount = meta.classes.length;
  const { mean, std } = standardise(rows);
  const x = rows.map((row) => row.map((value, index) => (value - mean[index]) / std[index]));
  const width = mean.length;
  const counts = new Array<number>(classCount).fill(0);
  labels.forEach((label) => counts[label]++);
  const classWeight = counts.map((count) => (balanced && count > 0 ? rows.length / (classCount * count) : 1));
  const weights = Array.from({ length: classCount }, () => new Array<number>(width).fill(0));
  const model = { mean: new Array<number>(width).fill(0), std: new Array<number>(width).fill(1), weights };
  // Full-batch gradient descent: a few hundred rows and a score of features need nothing smarter.
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = Array.from({ length: classCount }, () => new Array<number>(width).fill(0));
    let totalWeight = 0;
    x.forEach((row, rowIndex) => {
      const probabilities = scores(model, row);
      const weight = classWeight[labels[rowIndex]];
      totalWeight += weight;
      for (let k = 0; k < classCount; k++) {
        const error = probabilities[k] - (labels[rowIndex] === k ? 1 : 0);
        for (let j = 0; j < width; j++) gradient[k][j] += weight * error * row[j];
      }
    });
    for (let k = 0; k < classCount; k++) {
      for (let j = 0; j < width; j++) {
        weights[k][j] -= learningRate * (gradient[k][j] / totalWeight + l2 * weights[k][j]);
      }
    }
  }
  return {
    classes: meta.classes,
    features: meta.features,
    mean,
    std,
    weights,
    offsets: new Array<number>(classCount).fill(0),
  };
}
