const hash = (text: string) =>
  `<a href="#x" class="hash-link" aria-label="Direct link to ${text}">\u200b</a>`;

/** The shape of a built chapter, with the wrappers the build may add around sections. */
export const PAGE = `<!doctype html><html lang="en"><body>
<nav>Site navigation, not indexed</nav>
<article>
  <nav class="theme-doc-breadcrumbs">Home › Chapter</nav>
  <div class="theme-doc-markdown markdown"><div class="markdown" data-deferred-body="ch">
    <header><h1>3. Scaling</h1></header>
    <p>Intro words before any section.</p>
    <section class="wrapper">
      <h2 id="autoscaling">3.1 Autoscaling${hash('3.1 Autoscaling')}</h2>
      <blockquote><p><strong>Syllabus:</strong> adjusting capacity.</p></blockquote>
      <p>The HPA computes <code>desiredReplicas</code>.</p>
      <figure><img alt="A control loop diagram" src="data:image/svg+xml;base64,AAAA"></figure>
      <h4 id="hpa-math">HPA math${hash('HPA math')}</h4>
      <pre><code><span class="token-line"><span class="token plain">ceil(</span></span><br><span class="token-line">replicas)</span></code></pre>
    </section>
    <div class="runnable-code"><div><span>sim.py</span><div role="toolbar"><button>Run</button><button>Copy</button></div></div></div>
    <h2 id="further-reading">Further reading${hash('Further reading')}</h2>
    <ul><li><a href="https://a.example">Autoscaling in depth</a></li><li><a href="https://b.example">Kubernetes HPA reference</a> (docs)</li></ul>
    <section aria-label="Study questions">
      <div><h2 id="study-questions">Study questions${hash('Study questions')}</h2></div>
      <div><button>Quiz me</button></div>
      <ol>
        <li data-question-id="hpa-limits"><span aria-hidden="true">1</span>
          <h3 id="hpa-limits">What limits the HPA?<span class="copy"><button aria-label="Copy link">⧉</button><span role="status"></span></span>${hash('hpa-limits')}</h3>
          <details><summary>Show answer</summary><div><p>Reaction time and the signal it scales on.</p></div></details>
        </li>
        <li data-question-id="hpa-vs-keda"><span aria-hidden="true">2</span>
          <h3 id="hpa-vs-keda">HPA or KEDA?${hash('hpa-vs-keda')}</h3>
          <details><summary>Show answer</summary><div><p>KEDA scales to zero.</p><details><summary>Worked example</summary><p>Queue length 0.</p></details></div></details>
        </li>
      </ol>
    </section>
  </div></div>
</article>
<footer>Footer, not indexed</footer>
</body></html>`;
