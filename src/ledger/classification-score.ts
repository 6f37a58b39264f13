export interface ClassScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationScore {
  macroF1: number;
  accuracy: number;
  perClass: ClassScore[];
}

/** Per-class precision, recall and F1, their macro average and the accuracy. */
export function scoreClassification(
  gold: string[],
  predicted: string[],
  labels: string[],
): ClassificationScore {
  const perClass = labels.map((label) => {
    let truePositive = 0;
    let predictedCount = 0;
    let support = 0;
    gold.forEach((value, index) => {
      if (value === label) support++;
      if (predicted[index] === label) predictedCount++;
      if (value === label && predicted[index] === label) truePositive++;
    });
    const precision = predictedCount === 0 ? 0 : truePositive / predictedCount;
    const recall = support === 0 ? 0 : truePositive / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support };
  });
  const correct = gold.filter((value, index) => predicted[index] === value).length;
  return {
    macroF1: perClass.reduce((sum, item) => sum + item.f1, 0) / labels.length,
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    perClass,
  };
}
