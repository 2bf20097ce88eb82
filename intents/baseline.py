"""The baseline the rules are measured against: TF-IDF character n-grams + a linear classifier.

scikit-learn is a development dependency only: this module is imported by the evaluation alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from intents.normalise import normalise


def train_and_predict(train_texts: Sequence[str], train_labels: Sequence[str],
                      test_texts: Sequence[str]) -> list[str]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True, preprocessor=normalise),
        LogisticRegression(max_iter=2000, C=10.0),
    )
    model.fit(list(train_texts), list(train_labels))
    return [str(label) for label in model.predict(list(test_texts))]
