/**
 * The guide's glossary: one entry per term, used by the /glossary page (src/glossary) and by the
 * remark plugin that links each term where its chapter defines it (plugins/remark-glossary).
 * `section` is the heading id of the defining section in chapter `chapter`; `match` is a regular
 * expression source (case-sensitive) for the term's first mention in that section, which becomes the
 * link to the glossary entry. `tests/unit/glossary.test.ts` checks that both exist.
 */
export type GlossaryTerm = {
  /** The entry's anchor on /glossary; stable, like a question id, since chapters link to it. */
  readonly id: string;
  readonly term: string;
  /** One or two sentences, in the guide's words. */
  readonly definition: string;
  readonly chapter: number;
  readonly section: string;
  readonly match: string;
  /** The official documentation, where a reader would go next. */
  readonly docs?: {readonly label: string; readonly url: string};
};

/** Where the glossary page lives; the remark plugin links there. */
export const GLOSSARY_PATH = '/glossary';

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'ab-test',
    term: 'A/B test',
    definition:
      'A controlled experiment that splits users between two model versions and compares a business metric, to learn whether the new one is better. It needs enough traffic and a fixed duration to reach a statistically sound answer.',
    chapter: 5,
    section: 'rollout-strategies',
    match: String.raw`A/B test`,
  },
  {
    id: 'alias',
    term: 'Model alias (champion, challenger)',
    definition:
      'A movable name in a model registry, such as @champion, that points at exactly one version; serving code loads the alias, so promoting or rolling back is moving the name, not redeploying code.',
    chapter: 5,
    section: 'what-a-registry-stores',
    match: String.raw`Aliases`,
    docs: {label: 'MLflow Model Registry', url: 'https://mlflow.org/docs/latest/ml/model-registry/'},
  },
  {
    id: 'blue-green',
    term: 'Blue-green deployment',
    definition:
      'Running the new version at full size beside the current one and switching all traffic at once, so rolling back is switching back. It costs double capacity during the cutover and exposes every user at once.',
    chapter: 5,
    section: 'rollout-strategies',
    match: String.raw`Blue-green`,
  },
  {
    id: 'canary',
    term: 'Canary release',
    definition:
      'Sending a small share of live traffic to a new version, comparing its operational metrics with a baseline, and raising the share only while the comparison holds. It answers “is it broken?”, not “is it better?”.',
    chapter: 5,
    section: 'rollout-strategies',
    match: String.raw`Canary`,
    docs: {
      label: 'Google SRE workbook: canarying releases',
      url: 'https://sre.google/workbook/canarying-releases/',
    },
  },
  {
    id: 'cold-start',
    term: 'Cold start',
    definition:
      'The time from deciding to add a replica to that replica serving traffic: a node, the image pull, the weight download and loading and warming the model. For large models it, not the scaling decision, sets how fast a service can scale.',
    chapter: 3,
    section: 'scale-to-zero',
    match: String.raw`cold start`,
  },
  {
    id: 'concept-drift',
    term: 'Concept drift',
    definition:
      'A change in the relationship between inputs and labels, P(Y|X): the same-looking input now deserves a different answer. Input drift tests cannot see it; only labels or proxies of them can.',
    chapter: 4,
    section: 'model-drift',
    match: String.raw`Concept drift`,
  },
  {
    id: 'continuous-batching',
    term: 'Continuous batching',
    definition:
      'An LLM serving technique that adds and removes sequences from the running batch at every generation step, instead of waiting for a whole batch to finish, so short answers do not wait for long ones.',
    chapter: 2,
    section: 'kv-cache',
    match: String.raw`[Cc]ontinuous batching`,
    docs: {label: 'vLLM documentation', url: 'https://docs.vllm.ai/'},
  },
  {
    id: 'continuous-training',
    term: 'Continuous training (CT)',
    definition:
      'Rerunning the validated training pipeline automatically on fresh data, triggered by a schedule, new data volume or measured decay; each run passes the same gates as a manual one before it can replace the champion.',
    chapter: 6,
    section: 'continuous-training',
    match: String.raw`CT`,
  },
  {
    id: 'data-drift',
    term: 'Data drift',
    definition:
      'A change in the distribution of a model’s inputs (or predictions) compared with a reference window, measured per feature with tests or distances such as KS or PSI. It is a warning sign, not proof that quality fell.',
    chapter: 4,
    section: 'data-drift',
    match: String.raw`Data drift`,
    docs: {label: 'Evidently: data drift', url: 'https://docs.evidentlyai.com/metrics/preset_data_drift'},
  },
  {
    id: 'degenerate-feedback-loop',
    term: 'Degenerate feedback loop',
    definition:
      'A loop in which a model’s own decisions shape its future training data and amplify an initial difference instead of correcting it, as when a recommender only learns from the items it chose to show.',
    chapter: 9,
    section: 'degenerate-feedback-loops',
    match: String.raw`feedback loops`,
  },
  {
    id: 'dynamic-batching',
    term: 'Dynamic batching',
    definition:
      'A server-side queue that groups single requests into one batch, sent when it reaches a maximum size or its oldest request has waited a maximum delay; it trades a little latency for much higher throughput.',
    chapter: 2,
    section: 'dynamic-batching',
    match: String.raw`dynamic batcher`,
  },
  {
    id: 'envelope-encryption',
    term: 'Envelope encryption',
    definition:
      'Encrypting data locally with a data key and storing that key wrapped by a key that never leaves the KMS; every decryption asks the KMS, which checks access and logs the call.',
    chapter: 7,
    section: 'envelope-encryption',
    match: String.raw`Envelope encryption`,
    docs: {
      label: 'AWS KMS concepts',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html',
    },
  },
  {
    id: 'error-budget',
    term: 'Error budget',
    definition:
      'The unreliability an SLO allows, one minus the objective: at 99.9 % over 30 days, about 43 minutes of full outage. Spending it on releases is fine; when it runs out, risky changes wait.',
    chapter: 1,
    section: 'reliability-challenges',
    match: String.raw`error budget`,
    docs: {label: 'Google SRE book: embracing risk', url: 'https://sre.google/sre-book/embracing-risk/'},
  },
  {
    id: 'feature-store',
    term: 'Feature store',
    definition:
      'A system that computes each feature from one definition and serves it twice: from an offline store for training sets and from a low-latency online store at prediction time, which removes one cause of training–serving skew.',
    chapter: 1,
    section: 'ml-specific-challenges',
    match: String.raw`feature store`,
  },
  {
    id: 'finops',
    term: 'FinOps',
    definition:
      'The practice of making cloud cost a shared engineering metric, in a repeating loop of Inform (visibility and allocation), Optimize (rates and usage) and Operate (owners and policies).',
    chapter: 8,
    section: 'finops-loop',
    match: String.raw`FinOps`,
    docs: {label: 'FinOps Framework', url: 'https://www.finops.org/framework/'},
  },
  {
    id: 'goodput',
    term: 'Goodput',
    definition:
      'The number of requests per second that met every latency objective, as opposed to raw throughput; it peaks and then falls as load grows, which makes it the capacity figure to plan with.',
    chapter: 2,
    section: 'llm-slos',
    match: String.raw`Goodput`,
  },
  {
    id: 'hpa',
    term: 'HPA (Horizontal Pod Autoscaler)',
    definition:
      'The Kubernetes controller that sets a workload’s replica count from a metric: desired replicas = current replicas × current value ÷ target value, within a minimum and a maximum.',
    chapter: 3,
    section: 'hpa-algorithm',
    match: String.raw`HPA`,
    docs: {
      label: 'Kubernetes: Horizontal Pod Autoscaling',
      url: 'https://kubernetes.io/docs/concepts/workloads/autoscaling/horizontal-pod-autoscale/',
    },
  },
  {
    id: 'itl',
    term: 'ITL and TPOT',
    definition:
      'Inter-token latency is the gap between consecutive streamed tokens; time per output token is its mean over one request. Together with TTFT they describe how fast a generated answer feels.',
    chapter: 2,
    section: 'llm-slos',
    match: String.raw`Inter-token latency \(ITL\)`,
  },
  {
    id: 'keda',
    term: 'KEDA',
    definition:
      'Kubernetes Event-Driven Autoscaling: it turns external signals such as queue backlog, Prometheus queries or schedules into scaling, handles scaling between zero and one replica itself and leaves one to N to an HPA it creates.',
    chapter: 3,
    section: 'scale-to-zero',
    match: String.raw`KEDA`,
    docs: {label: 'KEDA ScaledObject', url: 'https://keda.sh/docs/latest/reference/scaledobject-spec/'},
  },
  {
    id: 'ks-test',
    term: 'KS test (Kolmogorov–Smirnov)',
    definition:
      'A two-sample test for a numeric feature whose statistic is the largest gap between the two empirical distribution functions; with large samples its p-value flags even trivial differences, so read the statistic.',
    chapter: 4,
    section: 'drift-statistics',
    match: String.raw`Kolmogorov–Smirnov`,
    docs: {
      label: 'SciPy ks_2samp',
      url: 'https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.ks_2samp.html',
    },
  },
  {
    id: 'kv-cache',
    term: 'KV cache',
    definition:
      'The attention keys and values an LLM server keeps for every token of every live sequence so it does not recompute them; its size, not compute, usually limits how many requests fit on a GPU.',
    chapter: 2,
    section: 'kv-cache',
    match: String.raw`KV cache`,
  },
  {
    id: 'label-delay',
    term: 'Label delay',
    definition:
      'The time between a prediction and learning whether it was right, from seconds for clicks to months for chargebacks; until labels arrive, monitoring relies on proxies such as the prediction distribution.',
    chapter: 4,
    section: 'label-delay',
    match: String.raw`labels arrive`,
  },
  {
    id: 'model-card',
    term: 'Model card',
    definition:
      'A short document that travels with a model version: intended and out-of-scope uses, evaluation per data slice, known limitations, owner and approval.',
    chapter: 5,
    section: 'model-cards',
    match: String.raw`model card`,
    docs: {label: 'Hugging Face: model cards', url: 'https://huggingface.co/docs/hub/model-cards'},
  },
  {
    id: 'model-registry',
    term: 'Model registry',
    definition:
      'The catalogue of a team’s models: named models with immutable numbered versions, each tied to its artifact, lineage, signature and documentation, plus aliases that say which version serves.',
    chapter: 5,
    section: 'what-a-registry-stores',
    match: String.raw`Registered model`,
    docs: {label: 'MLflow Model Registry', url: 'https://mlflow.org/docs/latest/ml/model-registry/'},
  },
  {
    id: 'mtls',
    term: 'mTLS',
    definition:
      'Mutual TLS: both sides of a connection present certificates, so each workload proves its identity and policies can authorise on that identity rather than on network location.',
    chapter: 7,
    section: 'mtls-service-mesh',
    match: String.raw`mtls|mTLS`,
  },
  {
    id: 'onnx',
    term: 'ONNX',
    definition:
      'An open format for machine-learning models as a graph of standard operators, so a model trained in one framework runs in another runtime, such as ONNX Runtime, often smaller and faster than the training framework.',
    chapter: 2,
    section: 'onnx-runtime',
    match: String.raw`ONNX`,
    docs: {
      label: 'ONNX Runtime: execution providers',
      url: 'https://onnxruntime.ai/docs/execution-providers/',
    },
  },
  {
    id: 'p99',
    term: 'p50, p95, p99 (latency percentiles)',
    definition:
      'The latency under which 50, 95 or 99 per cent of requests finish. High percentiles describe the slow tail users notice, which an average hides, and percentiles cannot be averaged across replicas.',
    chapter: 1,
    section: 'performance-challenges',
    match: String.raw`p99`,
    docs: {
      label: 'Prometheus: histograms and summaries',
      url: 'https://prometheus.io/docs/practices/histograms/',
    },
  },
  {
    id: 'pdb',
    term: 'PDB (PodDisruptionBudget)',
    definition:
      'A Kubernetes object that limits how many Pods of a workload voluntary disruptions, such as node drains during upgrades, may take down at once.',
    chapter: 3,
    section: 'kubernetes',
    match: String.raw`PodDisruptionBudget`,
    docs: {
      label: 'Kubernetes: disruptions',
      url: 'https://kubernetes.io/docs/concepts/workloads/pods/disruptions/',
    },
  },
  {
    id: 'prefix-caching',
    term: 'Prefix caching',
    definition:
      'Keeping the KV cache of a prompt after its request ends and reusing it when a later prompt starts with exactly the same tokens, which cuts time to first token and GPU work.',
    chapter: 2,
    section: 'prefix-caching',
    match: String.raw`Prefix caching`,
  },
  {
    id: 'psi',
    term: 'PSI (population stability index)',
    definition:
      'A drift score that bins a feature and sums, over the bins, the difference of the shares times the log of their ratio. Common rules of thumb: below 0.1 little change, above 0.25 act.',
    chapter: 4,
    section: 'drift-statistics',
    match: String.raw`PSI`,
  },
  {
    id: 'quantization',
    term: 'Quantization',
    definition:
      'Storing weights, and sometimes activations, with fewer bits, such as 8-bit integers instead of 32-bit floats: a smaller, often faster model whose accuracy must be checked again, as for a new version.',
    chapter: 2,
    section: 'onnx-quantization',
    match: String.raw`Quantisation`,
    docs: {
      label: 'ONNX Runtime: quantization',
      url: 'https://onnxruntime.ai/docs/performance/model-optimizations/quantization.html',
    },
  },
  {
    id: 'readiness-probe',
    term: 'Readiness probe',
    definition:
      'A check Kubernetes runs against a container to decide whether the Pod should receive traffic now; a failing Pod leaves the Service’s endpoints but is not restarted, unlike with a liveness probe.',
    chapter: 3,
    section: 'health-checks',
    match: String.raw`[Rr]eadiness probes?`,
    docs: {
      label: 'Kubernetes: configure probes',
      url: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
    },
  },
  {
    id: 'runbook',
    term: 'Runbook',
    definition:
      'A page linked from an alert that tells the person on call what to check and what to do, in order, with commands that work.',
    chapter: 9,
    section: 'runbooks',
    match: String.raw`runbook`,
  },
  {
    id: 'savings-plans',
    term: 'Savings Plans and committed use discounts',
    definition:
      'Discounts for committing to a level of spend or resources for one or three years (AWS Savings Plans, Google Cloud committed use discounts); they lower the price but do not reserve capacity.',
    chapter: 8,
    section: 'commitments',
    match: String.raw`Savings Plans`,
  },
  {
    id: 'sbom',
    term: 'SBOM (software bill of materials)',
    definition:
      'A machine-readable list of every component and version inside an image or artifact, generated at build time so it can be scanned for known vulnerabilities and audited later.',
    chapter: 7,
    section: 'supply-chain',
    match: String.raw`SBOM`,
  },
  {
    id: 'scale-to-zero',
    term: 'Scale to zero',
    definition:
      'Removing every replica of an idle service so it costs nothing, at the price of a cold start for the first request and a component that holds requests while no replica exists.',
    chapter: 3,
    section: 'scale-to-zero',
    match: String.raw`zero replicas`,
    docs: {label: 'Knative autoscaling', url: 'https://knative.dev/docs/serving/autoscaling/'},
  },
  {
    id: 'shadow-deployment',
    term: 'Shadow deployment',
    definition:
      'Sending a copy of live requests to a new version whose answers are logged and compared but never returned to users: a comparison on real traffic without risk to them.',
    chapter: 5,
    section: 'rollout-strategies',
    match: String.raw`Shadow`,
    docs: {
      label: 'Istio: traffic mirroring',
      url: 'https://istio.io/latest/docs/tasks/traffic-management/mirroring/',
    },
  },
  {
    id: 'sla',
    term: 'SLA (service level agreement)',
    definition:
      'A contract with customers that promises a level of service and states the penalty for missing it; it is usually looser than the internal SLO.',
    chapter: 1,
    section: 'reliability-challenges',
    match: String.raw`SLA`,
  },
  {
    id: 'sli',
    term: 'SLI (service level indicator)',
    definition:
      'A measured ratio that describes service health as users see it, such as the share of requests answered correctly within 300 ms.',
    chapter: 1,
    section: 'reliability-challenges',
    match: String.raw`SLI`,
    docs: {label: 'Google SRE book: SLOs', url: 'https://sre.google/sre-book/service-level-objectives/'},
  },
  {
    id: 'slo',
    term: 'SLO (service level objective)',
    definition:
      'A target for an SLI over a time window, such as 99.9 % of requests within 300 ms over 30 days; it sets the error budget.',
    chapter: 1,
    section: 'reliability-challenges',
    match: String.raw`SLO`,
    docs: {label: 'Google SRE book: SLOs', url: 'https://sre.google/sre-book/service-level-objectives/'},
  },
  {
    id: 'speculative-decoding',
    term: 'Speculative decoding',
    definition:
      'A cheap proposer guesses several next tokens and the large model verifies them in one pass, keeping those it agrees with: lower inter-token latency with the same output.',
    chapter: 2,
    section: 'llm-quantization',
    match: String.raw`Speculative decoding`,
  },
  {
    id: 'spot-instance',
    term: 'Spot instance',
    definition:
      'Spare cloud capacity sold at a deep discount that the provider can take back at short notice (two minutes on AWS, about 30 seconds on Google Cloud); it suits work that can stop and resume.',
    chapter: 8,
    section: 'spot-capacity',
    match: String.raw`Spot capacity`,
    docs: {
      label: 'AWS: Spot Instance interruption notices',
      url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html',
    },
  },
  {
    id: 'training-serving-skew',
    term: 'Training–serving skew',
    definition:
      'A difference between the data or transformations a model was trained on and what it receives in production, for example a feature computed by two code paths; the model is then wrong without any error.',
    chapter: 1,
    section: 'ml-specific-challenges',
    match: String.raw`Training–serving skew`,
  },
  {
    id: 'ttft',
    term: 'TTFT (time to first token)',
    definition:
      'The time from a request’s arrival to its first streamed token, which covers queueing and the prompt’s prefill; it is what a chat user notices first.',
    chapter: 2,
    section: 'llm-slos',
    match: String.raw`Time to first token \(TTFT\)`,
  },
];
